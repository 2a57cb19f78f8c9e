import TerminalKit

/// The replay loop: draw, wait for one event, update, until quit or input ends.
/// Synchronous and single-threaded (the device is not thread-safe).
public enum ReplayRunner {
  /// Runs `model` on `device`; returns the final model.
  @discardableResult
  public static func run(_ model: ReplayModel, on device: some TerminalDevice) -> ReplayModel {
    var model = model
    model.size = device.size
    model.list.keepVisible(count: model.positions.count, height: model.listHeight)
    while !model.shouldQuit {
      device.present(ReplayView.render(model, size: device.size))
      guard let event = device.nextEvent(timeout: nil) else { break }
      model.update(event)
    }
    return model
  }
}
