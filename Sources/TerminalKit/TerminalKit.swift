// The terminal toolkit: an in-memory screen, widths, sanitising, layout, widgets. No ncurses here.
