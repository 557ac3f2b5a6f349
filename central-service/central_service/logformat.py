"""Logs as one JSON object per line (``log_format = "json"``), for a log collector.

Every record becomes ``{"time", "level", "logger", "message"}``; uvicorn's access records become
``{"time", "level", "logger": "uvicorn.access", "method", "path", "status"}``, the link token in the path
masked and the client's address left out (it is personal data; the audit table keeps what is needed).
The service's own messages never hold personal data, tokens or codes to begin with (see ``errors``).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys

from central_service.web.headers import masked_path

ACCESS_LOGGER = "uvicorn.access"


class JsonLines(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        args = record.args
        if record.name == ACCESS_LOGGER and isinstance(args, tuple) and len(args) == 5:
            _client, method, path, _version, status = args
            entry.update(method=str(method), path=masked_path(str(path)), status=status)
        else:
            entry["message"] = record.getMessage()
            if record.exc_info and record.exc_info[0] is not None:
                entry["exception"] = record.exc_info[0].__name__  # its message may quote row values
        return json.dumps(entry, ensure_ascii=False)


def use_json_lines() -> None:
    """Send every log record, uvicorn's too, to stderr as JSON lines (call after uvicorn's own set-up)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    for name in ("uvicorn", "uvicorn.error", ACCESS_LOGGER):
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
