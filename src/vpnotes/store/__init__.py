"""Store: the encrypted vault file, key derivation, schema, repositories and search."""
