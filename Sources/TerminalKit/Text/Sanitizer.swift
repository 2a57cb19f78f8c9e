/// Turns untrusted text into `SanitizedText`; the rules are listed in docs/terminal.md.
struct Sanitizer {
  static let maxMarksPerGrapheme = 4
  static let maxLineBreakRun = 2

  private var output = String.UnicodeScalarView()
  private var outCount = 0
  private var map: [Int32] = []
  private var markers: [Range<Int>] = []
  private var hidden = 0
  private var invalid = 0
  private var collapsed = 0
  private var changed = false
  private var marksInGrapheme = 0
  private var droppedMarks = 0
  private var hasBase = false
  private var lastEmitted: Unicode.Scalar?
  private var lineBreakRun = 0

  static func sanitize(_ text: String) -> SanitizedText {
    if isPlainASCII(text) {
      return SanitizedText(
        string: text, markers: [], hiddenCount: 0, invalidByteCount: 0, collapsedMarkCount: 0,
        offsetMap: nil)
    }
    return sanitize(units: text.unicodeScalars.map(\.value))
  }

  static func sanitize(units: [UInt32]) -> SanitizedText {
    var sanitizer = Sanitizer()
    sanitizer.map.reserveCapacity(units.count + 1)
    var index = 0
    while index < units.count {
      sanitizer.map.append(Int32(truncatingIfNeeded: sanitizer.outCount))
      let next = index + 1 < units.count ? units[index + 1] : nil
      sanitizer.process(units[index], next: next)
      index += 1
    }
    sanitizer.flushMarks()
    sanitizer.map.append(Int32(truncatingIfNeeded: sanitizer.outCount))
    return SanitizedText(
      string: String(sanitizer.output), markers: sanitizer.markers,
      hiddenCount: sanitizer.hidden, invalidByteCount: sanitizer.invalid,
      collapsedMarkCount: sanitizer.collapsed,
      offsetMap: sanitizer.changed ? sanitizer.map : nil)
  }

  /// Printable ASCII and single or double line feeds only: nothing to do.
  static func isPlainASCII(_ text: String) -> Bool {
    var run = 0
    for byte in text.utf8 {
      if byte == 0x0A {
        run += 1
        if run > maxLineBreakRun { return false }
        continue
      }
      run = 0
      if byte < 0x20 || byte >= 0x7F { return false }
    }
    return true
  }

  private mutating func process(_ unit: UInt32, next: UInt32?) {
    if Sanitizer.isPlainPrintable(unit), let scalar = Unicode.Scalar(unit) {
      // Common printable text needs no Unicode property lookups (the hot path).
      flushMarks()
      lineBreakRun = 0
      emit(scalar)
      hasBase = true
      return
    }
    if unit & StrictUTF8.invalidFlag != 0 {
      flushMarks()
      invalid += 1
      emitMarker(SanitizerMarkers.invalidByte(unit & 0xFF))
      return
    }
    guard let scalar = Unicode.Scalar(unit) else {
      flushMarks()
      emitMarker(SanitizerMarkers.marker(for: unit))
      return
    }
    if isCombiningMark(scalar) {
      handleMark(scalar)
      return
    }
    flushMarks()
    if unit == 0x0A {
      lineBreakRun += 1
      if lineBreakRun <= Sanitizer.maxLineBreakRun { emit(scalar) } else { changed = true }
      hasBase = false
      return
    }
    if unit == 0x0D, next == 0x0A {
      changed = true
      return
    }
    lineBreakRun = 0
    switch unit {
    case 0x09:
      changed = true
      for _ in 0..<4 { emit(" ") }
    case 0x0D:
      hidden += 1
      emitMarker("␍")
    case 0x00..<0x20, 0x7F:
      hidden += 1
      emitMarker(String(SanitizerMarkers.controlPicture(for: unit)))
    case 0x80..<0xA0:
      hidden += 1
      emitMarker(SanitizerMarkers.marker(for: unit))
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF:
      if let last = lastEmitted, hasBase, last.properties.isEmoji {
        emit(scalar)
      } else {
        hidden += 1
        emitMarker(SanitizerMarkers.marker(for: unit))
      }
    default:
      if needsMarker(scalar) {
        hidden += 1
        emitMarker(SanitizerMarkers.marker(for: unit))
      } else {
        emit(scalar)
        hasBase = true
      }
    }
  }

  /// Scalars known to be printable, spacing and safe without a property lookup: ASCII,
  /// Latin-1 letters, general punctuation, arrows and symbols, box drawing, kana, CJK
  /// ideographs, Hangul syllables and fullwidth forms. Combining, format and ignorable
  /// characters inside those blocks are left out (they take the full path).
  @inline(__always) static func isPlainPrintable(_ unit: UInt32) -> Bool {
    switch unit {
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300: return true
    case 0x2010..<0x2028, 0x2030..<0x205F, 0x2190..<0x2300, 0x2500..<0x2700: return true
    case 0x3000..<0x302A, 0x3030..<0x3040, 0x3041..<0x3097, 0x30A0..<0x3100: return true
    case 0x4E00..<0xA000, 0xAC00..<0xD7A4, 0xFF01..<0xFF61: return true
    default: return false
    }
  }

  private func needsMarker(_ scalar: Unicode.Scalar) -> Bool {
    let properties = scalar.properties
    if properties.isDefaultIgnorableCodePoint || properties.isBidiControl { return true }
    if properties.isNoncharacterCodePoint { return true }
    switch properties.generalCategory {
    case .format, .unassigned, .privateUse, .surrogate, .lineSeparator, .paragraphSeparator,
      .control:
      return true
    default:
      return false
    }
  }

  private func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x300 { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return !scalar.properties.isDefaultIgnorableCodePoint
    default:
      return false
    }
  }

  private mutating func handleMark(_ scalar: Unicode.Scalar) {
    lineBreakRun = 0
    if !hasBase {
      changed = true
      emit("\u{25CC}")
      hasBase = true
    }
    marksInGrapheme += 1
    if marksInGrapheme > Sanitizer.maxMarksPerGrapheme {
      droppedMarks += 1
      changed = true
    } else {
      emit(scalar)
    }
  }

  private mutating func flushMarks() {
    marksInGrapheme = 0
    guard droppedMarks > 0 else { return }
    collapsed += droppedMarks
    emitMarker(SanitizerMarkers.collapsedMarks(droppedMarks))
    droppedMarks = 0
  }

  private mutating func emit(_ scalar: Unicode.Scalar) {
    output.append(scalar)
    outCount += 1
    lastEmitted = scalar
  }

  private mutating func emitMarker(_ text: String) {
    changed = true
    lineBreakRun = 0
    let start = outCount
    for scalar in text.unicodeScalars { emit(scalar) }
    markers.append(start..<outCount)
    hasBase = true
    lastEmitted = nil
  }
}
