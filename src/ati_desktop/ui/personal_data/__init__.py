"""The «Datos personales» screen (Ley 1581 de 2012): find, report, erase, requests."""
