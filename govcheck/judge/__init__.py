"""Pure functions that judge what the spiders found: no I/O, no Scrapy."""
