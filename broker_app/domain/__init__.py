"""Plain data, vocabularies and rules: no Qt, no SQL, no reportlab."""
