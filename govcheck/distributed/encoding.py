"""How a request enters the shared queue: scrapy-redis's encoding with the callbacks named cheaply, and its score."""

from __future__ import annotations


class CallbacksOf:
    """The spider as Request.to_dict sees it when naming a request's callback and errback: only those two methods.
    Scrapy finds a callback's name with inspect.getmembers over the whole spider, about 0.15 ms a request."""

    def __init__(self, spider, request):
        self.spider = spider
        self.names = [f.__name__ for f in (request.callback, request.errback) if hasattr(f, "__func__")]

    def __dir__(self):
        return self.names

    def __getattr__(self, name):
        return getattr(self.spider, name)


def encode_request(queue, request) -> bytes:
    """The queue's own encoding (scrapy_redis Base._encode_request), with the callbacks named cheaply."""
    try:
        obj = request.to_dict(spider=CallbacksOf(queue.spider, request))
    except ValueError:  # a callback that is not a method of the spider under its own name: Scrapy's full search
        obj = request.to_dict(spider=queue.spider)
    return queue.serializer.dumps(obj)


def decode_request(queue, data: bytes):
    """A request back from the queue, as scrapy-redis decodes it (its serializer, then Scrapy's request_from_dict)."""
    from scrapy.utils.request import request_from_dict

    return request_from_dict(queue.serializer.loads(data), spider=queue.spider)


def queue_score(priority: int, fingerprint: str) -> float:
    """scrapy-redis's score (-priority) plus a fraction below 1 from the fingerprint. Requests of equal score
    leave a sorted set in the byte order of their encoding, which starts with the URL: one host after another,
    each hit with all the workers' concurrency at once. The fraction spreads them over hosts, and keeps the
    order between priorities."""
    return -priority + int(fingerprint[:8], 16) / 2**33
