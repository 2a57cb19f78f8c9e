// The screening engine: policy as data, detectors, verdict resolution. Filled in by issue #3.
import ModqCore
