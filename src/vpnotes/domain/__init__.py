"""Domain: vocabulary (``vocabulary``), dataclasses (``model``) and date rules (``dates``). No I/O."""
