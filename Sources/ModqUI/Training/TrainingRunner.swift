import ModqCore
import TerminalKit

/// The training loop: draw, wait for one event, update, perform the effects (appends to the
/// training log, synced before the answer shows), until quit or input ends. Main thread only.
public enum TrainingRunner {
  /// Runs `model` on `device`, appending to `log`; returns the final model.
  @discardableResult
  public static func run(
    _ model: TrainingModel, on device: some TerminalDevice, log: AuditLog
  ) -> TrainingModel {
    var model = model
    model.size = device.size
    perform(model.start(), &model, log)
    while !model.shouldQuit {
      device.present(TrainingView.render(model, size: device.size))
      guard let event = device.nextEvent(timeout: nil) else {
        if !model.ended { perform(model.finish(thenQuit: true), &model, log) }
        break
      }
      switch event {
      case .key(let key): perform(model.update(.keyPressed(key)), &model, log)
      case .resize(let size): model.update(.resized(size))
      case .mouse, .tick: break
      }
    }
    return model
  }

  static func perform(_ effects: [TrainingEffect], _ model: inout TrainingModel, _ log: AuditLog) {
    var queue = effects
    while !queue.isEmpty {
      guard case .appendLog(let draft) = queue.removeFirst() else { continue }
      do {
        queue += model.update(.logged(try log.append(draft)))
      } catch {
        queue += model.update(.logFailed(draftID: draft.id, reason: "\(error)"))
      }
    }
  }
}
