/// One criterion's per-review detector with its context, as a class reference: the
/// per-review loop calls `detect` through one pointer instead of copying an `any Detector`
/// existential (and retaining everything the detector holds) for every review.
class DetectorRunner: @unchecked Sendable {
  /// Builds the runner of `detector`, opened to its concrete type.
  static func make(_ detector: any Detector, context: ScreeningContext) -> DetectorRunner {
    opened(detector, context: context)
  }

  private static func opened<D: Detector>(_ detector: D, context: ScreeningContext)
    -> DetectorRunner
  {
    TypedDetectorRunner(detector, context: context)
  }

  func detect(_ review: PreparedReview) -> [DetectorHit] { [] }
}

/// `DetectorRunner` for a detector of concrete type `D`. Immutable after init.
private final class TypedDetectorRunner<D: Detector>: DetectorRunner, @unchecked Sendable {
  let detector: D
  let context: ScreeningContext

  init(_ detector: D, context: ScreeningContext) {
    self.detector = detector
    self.context = context
  }

  override func detect(_ review: PreparedReview) -> [DetectorHit] {
    detector.detect(review, context: context)
  }
}
