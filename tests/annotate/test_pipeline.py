import pytest

from shabaka.annotate import load_model
from shabaka.errors import ConfigError


def test_a_missing_model_is_a_clear_error_listing_what_is_installed():
    with pytest.raises(ConfigError) as info:
        load_model("en_core_web_nonexistent")
    message = str(info.value)
    assert "en_core_web_nonexistent" in message and "installed:" in message
    assert "SHABAKA_MODEL" in message


def test_the_default_model_name_loads_from_the_republished_package():
    nlp = load_model("en_core_web_sm")
    assert "ner" in nlp.pipe_names
