"""The ATI domain: reference codes and the guideline's rules, in plain Python."""
