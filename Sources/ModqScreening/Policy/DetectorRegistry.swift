/// A named detector factory, as referenced by `detector:` in a policy file.
public struct DetectorRegistration: Sendable {
  public let name: String
  /// One line for `modq policy check` and the docs.
  public let summary: String
  public let make: @Sendable (DetectorParameters) throws -> any Detector

  public init(
    _ name: String, summary: String = "",
    make: @escaping @Sendable (DetectorParameters) throws -> any Detector
  ) {
    self.name = name
    self.summary = summary
    self.make = make
  }
}

/// Detector name -> factory. The built-in registry joins the arrays contributed by each
/// detector family's file (`TextDetectors.all`, `ContentDetectors.all`).
public struct DetectorRegistry: Sendable {
  private let byName: [String: DetectorRegistration]

  public init(_ registrations: [DetectorRegistration]) {
    var byName: [String: DetectorRegistration] = [:]
    for registration in registrations { byName[registration.name] = registration }
    self.byName = byName
  }

  /// Every detector shipped with modq.
  public static var builtIn: DetectorRegistry {
    DetectorRegistry(TextDetectors.all + ContentDetectors.all)
  }

  public func registration(named name: String) -> DetectorRegistration? { byName[name] }

  public var names: [String] { byName.keys.sorted() }

  /// A copy with more (or replacing) registrations.
  public func adding(_ registrations: [DetectorRegistration]) -> DetectorRegistry {
    DetectorRegistry(Array(byName.values) + registrations)
  }
}
