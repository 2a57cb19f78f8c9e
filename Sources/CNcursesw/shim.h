// The only C in modq: what Swift cannot call on ncursesw directly.
// NCURSES_WIDECHAR must come before <curses.h>, or cchar_t / wget_wch are hidden.
#ifndef MODQ_CNCURSESW_SHIM_H
#define MODQ_CNCURSESW_SHIM_H
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <curses.h>

/// `stdscr` is a mutable C global, which Swift 6 refuses to read.
static inline WINDOW *modq_stdscr(void) { return stdscr; }
/// Attribute macros do not import into Swift.
static inline attr_t modq_a_bold(void) { return A_BOLD; }
static inline attr_t modq_a_reverse(void) { return A_REVERSE; }
static inline attr_t modq_a_underline(void) { return A_UNDERLINE; }
static inline attr_t modq_a_dim(void) { return A_DIM; }
static inline attr_t modq_a_normal(void) { return A_NORMAL; }
/// COLORS is a global variable.
static inline int modq_colors(void) { return COLORS; }
#endif
