"""XML from outside, parsed safely: size-capped, no DTD entities, no external files. No Qt.

`defusedxml` refuses entity declarations (the "billion laughs" expansion), external entities
and DTD tricks. Every problem becomes one `RecordError` line for a person.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import defusedxml
import defusedxml.ElementTree as SafeET

from decisionaid.i18n import _
from decisionaid.model.registry.reader import RecordError
from decisionaid.model.registry.text import clip, plain_text

# The WHO ICTRP portal exports at most a few thousand trials; 50 MB is far above that.
MAX_XML_BYTES = 50_000_000


def parse_xml(raw: bytes, name: str, what: str) -> ET.Element:
    """The root element of `raw`, or RecordError naming `name` and the kind of file `what`."""
    if len(raw) > MAX_XML_BYTES:
        raise RecordError(_("{name} is too large to be {what}.").format(name=name, what=what))
    if not raw.strip():
        raise RecordError(_("{name} is empty.").format(name=name))
    try:
        return SafeET.fromstring(raw, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.EntitiesForbidden:
        raise RecordError(
            _(
                "{name} was not opened: it defines its own XML entities, which a "
                "registry export never does (this can be used to make a file explode "
                "in size)."
            ).format(name=name)
        ) from None
    except (defusedxml.ExternalReferenceForbidden, defusedxml.DTDForbidden):
        raise RecordError(
            _(
                "{name} was not opened: it refers to other files, which a registry "
                "export never does."
            ).format(name=name)
        ) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise RecordError(
            _(
                "{name} is damaged or incomplete, or is not {what} (line {line}, column {column})."
            ).format(name=name, what=what, line=line, column=column)
        ) from None
    except (ValueError, RecursionError, MemoryError):
        raise RecordError(
            _("{name} is damaged or incomplete, or is not {what}.").format(name=name, what=what)
        ) from None


def text_of(element: ET.Element | None, path: str, limit: int = 5_000) -> str:
    """Plain text of the first `path` below `element` ("" when absent)."""
    if element is None:
        return ""
    found = element.find(path)
    if found is None:
        return ""
    return clip(plain_text("".join(found.itertext())), limit)


def lines_of(element: ET.Element | None, path: str) -> str:
    """The text of `path` with its line breaks kept (for eligibility lists)."""
    if element is None:
        return ""
    found = element.find(path)
    if found is None:
        return ""
    return "".join(found.itertext())


# A file of more trials than this is refused: a real export a counselor picks from is far smaller.
MAX_TRIALS = 5_000


def parse_each(elements, name, parse_one, label, none_message, too_many_message):
    """Parse each trial element of an export, naming each one for its messages.

    `label` is a template with {number} and {name} ("Study {number} in {name}") used when the
    file holds more than one trial; the two messages are translated templates with {name}
    (and {max_trials}). Raises RecordError (one line) when there are none or too many.
    """
    from decisionaid.model.registry.reader import RecordError

    if not elements:
        raise RecordError(none_message.format(name=_(name)))
    if len(elements) > MAX_TRIALS:
        raise RecordError(too_many_message.format(name=_(name), max_trials=MAX_TRIALS))
    if len(elements) == 1:
        return [parse_one(elements[0], name)]
    return [parse_one(e, label.format(number=i + 1, name=name)) for i, e in enumerate(elements)]
