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
/// COLOR_PAIRS is a global variable.
static inline int modq_color_pairs(void) { return COLOR_PAIRS; }
/// Mouse button masks are function-like macros: presses and clicks of button 1, wheel up
/// (button 4) and wheel down (button 5).
static inline mmask_t modq_mouse_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }
static inline mmask_t modq_mouse_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t modq_mouse_wheel_down(void) { return BUTTON5_PRESSED; }
/// The key code ncurses gives an extended terminfo key (e.g. "kLFT5", Ctrl-Left), or 0 when
/// the terminal does not define it. tigetstr returns (char *)-1 for a non-string capability.
static inline int modq_key_code(const char *capname) {
  char *sequence = tigetstr((char *)capname);
  if (sequence == NULL || sequence == (char *)-1) return 0;
  int code = key_defined(sequence);
  return code > 0 ? code : 0;
}
/// Glibc's Swift module hides wcwidth; ncurses measures cells with it, so the device uses it
/// to keep its own widths and ncurses' in step.
extern int wcwidth(wchar_t c);
#endif
