"""The encrypted embedded database: SQLCipher backend, passphrase handling."""
