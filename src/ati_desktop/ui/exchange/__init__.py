"""Export packages in the interface: the export dialog and the secretariat's key in Settings."""
