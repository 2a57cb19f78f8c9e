/// Detectors that serve a family of criteria (`integrity`, `irrelevant`, `price`) pick their
/// member with a `kind` parameter: the full criterion id or its last part
/// (`kind: insider` or `kind: integrity.insider`); without one, the criterion's own id.
extension DetectorParameters {
  func kind<Kind: RawRepresentable & CaseIterable>(_: Kind.Type, family: String) throws -> Kind
  where Kind.RawValue == String {
    let name = try string("kind", default: criterionID)
    if let kind = Kind(rawValue: name) { return kind }
    if let kind = Kind.allCases.first(where: { $0.rawValue.hasSuffix("." + name) }) {
      return kind
    }
    throw error("kind", "unknown \(family) kind '\(name)'")
  }
}
