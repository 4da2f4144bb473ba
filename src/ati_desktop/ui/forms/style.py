"""The look of forms: a style sheet keyed on the ``role`` property of labels."""

FORM_STYLE = """
QLabel[role="title"] { font-size: 17px; font-weight: 600; }
QLabel[role="label"] { font-weight: 600; }
QLabel[role="help"], QLabel[role="descriptor"] { color: #4a5261; }
QLabel[role="column"] { font-weight: 600; color: #2d3440; }
QLabel[role="error"] { color: #b00020; }
QLabel[role="note"] {
    background: #eef4fb; border-left: 3px solid #3d7cc9; padding: 6px 8px; color: #1f2d3d;
}
QLabel[role="item"] { color: #1f2d3d; }
QGroupBox {
    font-size: 15px; font-weight: 600; border: 1px solid #c9d1dc; border-radius: 6px;
    margin-top: 16px; padding: 6px 10px 4px 10px; background: #f7f9fc;
}
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #1d4f91; }
"""
