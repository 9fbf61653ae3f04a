"""What a list endpoint's JSON answer says when it holds no item: that its list is empty, or that it is the backend's
error (its message), which tells nothing of the list. Pure: the answer already parsed."""

from __future__ import annotations

from govcheck.cms.base import clean, marker


def empty_json(data) -> bool:
    """A JSON answer whose arrays are all empty ({"data": {"total": 0, "list": []}}): the list is empty."""
    arrays = list(_arrays(data))
    return bool(arrays) and not any(arrays)


def backend_error(data) -> str | None:
    """What an answer that is the backend's error and holds no row says: its message, else its status; None for any
    other answer (an empty list, a list)."""
    if not isinstance(data, dict) or _holds_rows(data):  # an error beside empty defaults ({"rows": []}) is one
        return None
    cfg = marker("endpoints")
    entries = {str(k).lower(): v for k, v in data.items()}
    status = next((entries[k] for k in cfg["error_status_keys"] if k in entries), None)
    failed = any(entries.get(k) is False for k in cfg["error_flag_keys"])
    if isinstance(status, str) and status.strip().lstrip("-").isdigit():
        status = int(status)
    message = next((entries[k] for k in cfg["error_message_keys"] if isinstance(entries.get(k), str)
                    and entries[k].strip()), None)
    if not (failed or _error_status(status) or _error_code(entries, cfg["error_code_keys"])
            or message and any(w in message.lower() for w in cfg["error_message_words"])):
        return None
    return clean(message)[:80] if message else f"状态{status}" if status is not None else "请求未成功"


def _error_status(status) -> bool:
    """An HTTP-like error (400-599), one below 0, or a word saying so ({"status": "error"})."""
    if isinstance(status, str):
        return status.strip().lower() in marker("endpoints")["error_status_words"]
    return isinstance(status, int) and not isinstance(status, bool) and (400 <= status <= 599 or status < 0)


def _error_code(entries: dict, keys: list[str]) -> bool:
    """An error code whose 0 alone is success (WeChat's {"errcode": 40001}; {"errcode": 0} is none)."""
    for key in keys:
        code = entries.get(key)
        if isinstance(code, str) and code.strip().lstrip("-").isdigit():
            code = int(code)
        if isinstance(code, int) and not isinstance(code, bool):
            return code != 0
    return False


def _holds_rows(data) -> bool:
    return any(_arrays(data))


def _arrays(data):
    """Every array in a JSON answer, however deep."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            yield node
        elif isinstance(node, dict):
            stack.extend(node.values())
