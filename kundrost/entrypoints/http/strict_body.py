"""JSON bodies decoded strictly, in one step, into the handler's own body type.

A body sent as another media type (`text/plain`, a form) or with no Content-Type is a 415:
the document promises `application/json`, and a client that sends something else has a
bug that a lenient server would hide until a proxy or a charset treats the bytes as text.

Litestar decodes a body to plain JSON values and then converts them leniently: a number
becomes a datetime (12345 → 1970-01-01T03:25:45Z), a string a number (`"349.50"`), `0` a
boolean. The OpenAPI document promises the JSON types themselves, so a value of another
type is a 400 naming the field. Decoding the bytes straight into the msgspec type is also
one pass instead of two; Litestar's conversion then finds the value already built.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import msgspec
from litestar import Request
from litestar.exceptions import HTTPException, ValidationException
from litestar.handlers import BaseRouteHandler
from litestar.status_codes import HTTP_415_UNSUPPORTED_MEDIA_TYPE
from litestar.types import Empty

from kundrost.entrypoints.http.field_errors import allowed_at, name_or, said

JSON = "application/json"

_AT = re.compile(r"^(?P<message>.*?)(?: - at `\$(?P<path>[^`]*)`)?$", re.DOTALL)
_NAMED = re.compile(r"(?:^|field )`([^`]+)`")
_AT_KEY = re.compile(r"^(?P<message>.*?) - at `key` in `\$(?P<path>[^`]*)`$", re.DOTALL)
UNKNOWN_FIELD = "Object contains unknown field"
_QUOTED = re.compile(r"'(?P<value>[^']*)'$")


class UnsupportedMediaType(HTTPException):
    """415 `UNSUPPORTED_MEDIA_TYPE`: a body not sent as `application/json`."""

    status_code = HTTP_415_UNSUPPORTED_MEDIA_TYPE

    def __init__(self) -> None:
        super().__init__(
            detail=f"the body must be sent with Content-Type: {JSON}", extra={"expected": JSON}
        )


def is_json(media_type: str) -> bool:
    """`application/json` or a JSON-based `application/…+json`, in any case."""
    media_type = media_type.lower()
    return media_type == JSON or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


class StrictRequest(Request[Any, Any, Any]):
    """A request whose `json()` is the handler's body type, decoded with msgspec's strict
    rules; a handler without a typed body gets Litestar's plain JSON. A body of another
    media type is refused before it is read as JSON; an empty one is the body's own 400."""

    async def json(self) -> Any:
        if self._json is not Empty:
            return self._json
        body = await self.body()
        if body and not is_json(self.content_type[0]):
            raise UnsupportedMediaType()
        decoder = body_decoder(self.route_handler)
        if decoder is None:
            return await super().json()
        try:
            value = decode(decoder, body or b"null")
        except msgspec.ValidationError as error:
            raise ValidationException(
                detail="the request is invalid",
                extra=[offending_field(str(error), decoder.type)],
            ) from None
        except msgspec.DecodeError as error:
            raise ValidationException(
                detail="the body is not JSON",
                extra=[{"key": "body", "message": str(error), "source": "body"}],
            ) from None
        self._json = self._connection_state.json = value
        return value


def decode(decoder: msgspec.json.Decoder[Any], body: bytes) -> Any:
    """The body as `decoder`'s type. JSON Schema counts `5.0` as an integer, so a number
    with a zero fraction where an integer belongs is taken as that integer: decoded without
    a type first, integral numbers made `int`, then converted as strictly."""
    try:
        return decoder.decode(body)
    except msgspec.ValidationError as error:
        if "got `float`" not in str(error):
            raise
    return msgspec.convert(_integral.decode(body), decoder.type, strict=True)


def _whole(text: str) -> float | int:
    number = float(text)
    return int(number) if number.is_integer() else number


_integral = msgspec.json.Decoder(float_hook=_whole)


@cache
def body_decoder(handler: BaseRouteHandler) -> msgspec.json.Decoder[Any] | None:
    """The strict decoder of `handler`'s `data` type, when it is built of msgspec types."""
    field = getattr(handler, "parsed_data_field", None)
    if field is None or not _is_msgspec_body(field.annotation):
        return None
    return msgspec.json.Decoder(field.annotation, strict=True)


def _is_msgspec_body(annotation: Any) -> bool:
    members = getattr(annotation, "__args__", None) or (annotation,)
    return all(isinstance(m, type) and issubclass(m, msgspec.Struct) for m in members)


def offending_field(error: str, body_type: Any = None) -> dict[str, str]:
    """msgspec's `Expected `int` <= 2147483647 - at `$.messages[0].message_order`` as the
    field it names (`messages[0].message_order`); a missing or unknown field, or one a body's
    own check names first (`` `starts_on` must … ``), is named by itself; a key a mapping of
    `body_type` does not allow (`operating_hours.funday`) by the mapping and the key, with
    the keys it allows."""
    at_key = _AT_KEY.match(error)
    if at_key:
        path = at_key["path"].lstrip(".")
        quoted = _QUOTED.search(at_key["message"])
        allowed = allowed_at(body_type, path, key=True) if body_type is not None else None
        return {
            "key": f"{path}.{name_or(quoted['value'], '')}".rstrip(".") if quoted else path,
            "message": f"unknown key; the keys are {', '.join(allowed)}"
            if allowed
            else said(at_key["message"], None),
            "source": "body",
        }
    match = _AT.match(error)
    message = match["message"] if match else error
    path = (match["path"] if match and match["path"] else "").lstrip(".")
    named = _NAMED.search(message)
    if named:
        name = name_or(named[1], "") if message.startswith(UNKNOWN_FIELD) else named[1]
        path = f"{path}.{name}".strip(".") if path else name
    allowed = allowed_at(body_type, path) if body_type is not None and path else None
    return {"key": path or "body", "message": said(message, allowed), "source": "body"}
