"""Settings the demo and the tests add to the project's: loopback allowed, no DNS, short waits."""

import json

from govcheck.demo.build import dns_hosts

DEMO_SETTINGS = {
    # the sites listed by domain name (a string: it goes through `scrapy crawl -s` as it is)
    "GOVCHECK_DNS_HOSTS": json.dumps(dns_hosts()),
    "GOVCHECK_ALLOWED_NETWORKS": ["127.0.0.0/8"],  # the demo's "external" hosts live on loopback too
    "GOVCHECK_DNS_OFFLINE": True,
    # the footer's 党政机关网站标识 links to the real conac.cn, which the demo must not reach
    "GOVCHECK_SKIP_HOSTS": ["bszs.conac.cn"],  # no name leaves this machine: unknown names fail as DNS errors
    "DOWNLOAD_TIMEOUT": 4,  # the hanging demo page need not cost the national 15 s
    "GOVCHECK_CRAWL_PROBE_INTERVAL": 1.0,
    "GOVCHECK_RETRY_AFTER_MAX": 3,
    "AUTOTHROTTLE_ENABLED": False,  # loopback: nothing to be polite to
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "GOVCHECK_PROGRESS_INTERVAL": 10.0,
    "LOG_LEVEL": "INFO",
}
