"""One module per schema revision, ``v<NNNN>_<slug>.py``, oldest first."""
