"""Export packages and their merge into the departmental record."""
