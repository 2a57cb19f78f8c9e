extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  var trimmedSpaces: String {
    var view = Substring(self)
    while let first = view.first, first.isWhitespace { view.removeFirst() }
    while let last = view.last, last.isWhitespace { view.removeLast() }
    return String(view)
  }
}
