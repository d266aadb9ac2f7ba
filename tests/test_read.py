import pytest

from tracker.errors import BadInput
from tracker.read import decode, read_article

TEXT = "中国外務省の林剣報道官は述べた。\n"


@pytest.mark.parametrize("encoding", ["utf-8", "shift_jis", "euc_jp", "utf-8-sig"])
def test_japanese_encodings_are_detected(encoding):
    text, _ = decode(TEXT.encode(encoding))
    assert text == TEXT


def test_newlines_are_normalised(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("一行目。\r\n二行目。\r\n".encode())
    assert read_article(str(p)).text == "一行目。\n二行目。\n"


@pytest.mark.parametrize("data, message", [
    (b"", "empty"), (b" \n\n", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
    (b"\xff\xfe\xfa\xfb" * 50, "not valid"),
])
def test_bad_input_is_refused_with_a_reason(tmp_path, data, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(BadInput, match=message):
        read_article(str(p))


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(BadInput, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
