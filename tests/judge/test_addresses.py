import pytest

from govcheck.judge.addresses import host_is_literal_ip, is_blocked_address


@pytest.mark.parametrize(
    "ip",
    [
        "10.0.0.1",
        "10.255.255.255",
        "172.16.0.1",
        "172.31.255.255",
        "192.168.1.1",
        "fc00::1",
        "fd12:3456::1",
        "127.0.0.1",
        "127.8.8.8",
        "::1",
        "[::1]",
        "169.254.1.1",
        "169.254.169.254",  # cloud metadata
        "fe80::1",
        "fe80::1%eth0",
        "0.0.0.0",
        "::",
        "224.0.0.1",
        "ff02::1",
        "240.0.0.1",  # reserved
        "255.255.255.255",
        "100.64.0.1",  # carrier-grade NAT
        "100.127.255.255",
        "::ffff:127.0.0.1",  # IPv4-mapped loopback
        "::ffff:10.0.0.1",
        "2002:7f00:1::",  # 6to4 wrapping 127.0.0.1
        "2002:a00:1::",  # 6to4 wrapping 10.0.0.1
        "not an address",  # fails closed
        "",
    ],
)
def test_non_public_addresses_are_blocked(ip):
    assert is_blocked_address(ip) is True


@pytest.mark.parametrize(
    "ip",
    ["8.8.8.8", "202.108.22.5", "172.15.255.255", "172.32.0.1", "192.169.0.1", "100.63.255.255",
     "100.128.0.1", "2400:3200::1", "::ffff:202.108.22.5", " 1.2.4.8 "],
)
def test_public_addresses_pass(ip):
    assert is_blocked_address(ip) is False


@pytest.mark.parametrize(
    ("ip", "allowed", "blocked"),
    [
        ("127.0.0.5", ["127.0.0.0/8"], False),
        ("127.0.0.5", ("127.0.0.0/24",), False),
        ("127.0.1.5", ["127.0.0.0/24"], True),
        ("10.0.0.1", ["127.0.0.0/8"], True),
        ("169.254.169.254", ["127.0.0.0/8"], True),
        ("::ffff:127.0.0.1", ["127.0.0.0/8"], False),
        ("::1", ["127.0.0.0/8"], True),
        ("::1", ["::1/128"], False),
        ("192.168.3.4", ["10.0.0.0/8", "192.168.0.0/16"], False),
        ("8.8.8.8", ["127.0.0.0/8"], False),
    ],
)
def test_allowed_networks(ip, allowed, blocked):
    assert is_blocked_address(ip, allowed) is blocked


def test_bad_allowed_network_is_an_error():
    with pytest.raises(ValueError):
        is_blocked_address("127.0.0.1", ["127.0.0.0/33"])


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("[::1]", "::1"),
        ("::1", "::1"),
        ("2001:DB8::1", "2001:db8::1"),
        ("169.254.169.254", "169.254.169.254"),
        # shorthand forms resolvers accept: a host like these reaches loopback
        ("127.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("127.0.0.1.", "127.0.0.1"),
        ("www.gov.cn", None),
        ("localhost", None),
        ("1.2.3.4.5", None),
        ("999.1.1.1", None),
        ("12345.gov.cn", None),
        ("", None),
    ],
)
def test_host_is_literal_ip(host, expected):
    assert host_is_literal_ip(host) == expected
