-- title_zh: 名词解释
-- title_en: Glossary
-- description_zh: 报告所附名词解释的全部词条，附英文释义。
-- description_en: Every term of the report's glossary, with an English gloss.
-- params:
-- columns: term_zh, term_en, definition_zh, definition_en
SELECT term_zh, term_en, definition_zh, definition_en FROM glossary
