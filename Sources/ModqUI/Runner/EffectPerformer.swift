/// Does what `update` asks (append to the audit log, deliver an escalation) and answers
/// with messages. `LiveEffects` in production; tests use an in-memory one.
public protocol EffectPerformer: AnyObject {
  /// Performs `effect` and returns the messages that report its outcome.
  func perform(_ effect: Effect) -> [Message]
}
