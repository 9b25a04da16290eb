"""Jianxi report explorer: the 2023 Government Work Report of Jianxi District as data."""
