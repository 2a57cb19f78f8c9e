import TerminalKit

/// The replay loop: take the background verifier's news, draw, wait for one event, update,
/// until quit or input ends. Synchronous and single-threaded (the device is not
/// thread-safe); while `loading` runs, the wait times out every `pollInterval` so the
/// progress and the whole log reach the screen.
public enum ReplayRunner {
  /// How often the loop looks for the background verifier's news while it runs.
  public static let pollInterval: Duration = .milliseconds(100)

  /// Runs `model` on `device`; returns the final model.
  @discardableResult
  public static func run(
    _ model: ReplayModel, on device: some TerminalDevice, loading: ReplayBackgroundLoad? = nil
  ) -> ReplayModel {
    var model = model
    model.size = device.size
    model.list.keepVisible(count: model.positions.count, height: model.listHeight)
    while !model.shouldQuit {
      for message in loading?.poll() ?? [] { model.receive(message) }
      device.present(ReplayView.render(model, size: device.size))
      let waiting = loading != nil && model.isLoading
      guard let event = device.nextEvent(timeout: waiting ? pollInterval : nil) else { break }
      model.update(event)
    }
    return model
  }
}
