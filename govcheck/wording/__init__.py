"""Wording errors (严重表述错误): phrase lists (phrases.py), the per-site allow list (allow.py) and the matcher over
a page's visible text (matcher.py). The page reader that yields the findings is govcheck/spiders/wording.py."""
