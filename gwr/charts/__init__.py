"""Chart builders: pure functions from a query result to a titled, sourced Plotly figure.

Every figure carries its title, axis units and the source line inside the image, uses one colour
per sector (the same on every page) and shows value, unit, qualifier and the report's clause on
hover, so that a screenshot or an exported PNG stands on its own.

One module a kind of chart (`bars`, `years`, `checks`, `sectors`); what they share: `style` (fonts,
colours, frame, hover), `wrap` (text Plotly cannot wrap), `phone` (the phone layout), `slides`
(shared figures and slides); `briefing` exports them all as image files. The names below are what the
app and the exports use: a page passes the builder itself (`charts.year_pairs`) to
`gwr.app.results.figure`.
"""

from gwr.charts.bars import bar_texts, bar_values, city_shares, growth_targets
from gwr.charts.checks import check_pct, check_side, check_text, target_completion
from gwr.charts.compare import share_sums
from gwr.charts.ledger import rate_targets
from gwr.charts.sectors import sector_dimension, sector_groups
from gwr.charts.slides import SLIDE_HEIGHT, SLIDE_SCALE, SharedFigure, for_slide, image_config
from gwr.charts.style import DATA_VERSION, title_of
from gwr.charts.years import PAIR_NOTE_MARK, year_pairs

__all__ = [
    "DATA_VERSION", "PAIR_NOTE_MARK", "SLIDE_HEIGHT", "SLIDE_SCALE", "SharedFigure", "bar_texts", "bar_values",
    "check_pct", "check_side", "check_text", "city_shares", "for_slide", "growth_targets", "image_config", "rate_targets",
    "sector_dimension", "sector_groups", "share_sums", "target_completion", "title_of", "year_pairs",
]  # fmt: skip
