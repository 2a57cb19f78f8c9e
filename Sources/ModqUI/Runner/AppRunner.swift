import TerminalKit

/// The synchronous Elm loop: draw, wait for one event (or a tick), update, perform the
/// effects and feed their outcomes back, repeat. Runs on the main thread only.
public final class AppRunner {
  public private(set) var model: AppModel
  let device: any TerminalDevice
  let effects: any EffectPerformer
  let mailbox: Mailbox
  let clock: () -> Double
  /// Screens and lays out reviews ahead of the cursor (nil: the view lays out on demand).
  let prefetcher: Prefetcher?
  /// List rows and bars of earlier frames, reused when unchanged.
  let viewCache = ViewCache()
  /// Where the list was when the prefetcher was last told what to prepare.
  private var lastWished: [Int] = []
  /// How long to wait for input before a tick (drains the mailbox, updates the clock).
  public var tickInterval: Duration = .milliseconds(250)
  /// The wait while the selected review is still being prepared, so it shows promptly.
  public var preparingInterval: Duration = .milliseconds(20)

  public init(
    model: AppModel, device: any TerminalDevice, effects: any EffectPerformer,
    mailbox: Mailbox = Mailbox(), prefetcher: Prefetcher? = nil, clock: @escaping () -> Double
  ) {
    self.model = model
    self.device = device
    self.effects = effects
    self.mailbox = mailbox
    self.prefetcher = prefetcher
    self.clock = clock
  }

  /// Runs until the session ends (or input ends, which also ends the session).
  public func run() {
    send(.resized(device.size))
    perform(model.start())
    defer { prefetcher?.stop() }
    var lastTick = clock()
    while !model.shouldQuit {
      drainMailbox()
      present()
      let waiting = prefetcher != nil && model.isAwaitingPrepared
      guard let event = device.nextEvent(timeout: waiting ? preparingInterval : tickInterval)
      else {
        perform(model.endSession())
        break
      }
      handle(event)
      // Keep the clock (and log polling) going while keys arrive without pause.
      let now = clock()
      if case .tick = event {
        lastTick = now
      } else if now - lastTick >= Double(tickInterval.components.seconds)
        + Double(tickInterval.components.attoseconds) / 1e18
      {
        lastTick = now
        send(.tick(now: now))
      }
    }
  }

  /// Draws the current model, then tells the prefetcher what to prepare next (only when
  /// the list moved: the prefetcher still holds the last wishes otherwise).
  public func present() {
    device.present(frame())
    wishAhead()
  }

  /// The frame for the current model (the view, with the cache of earlier frames).
  public func frame() -> Screen {
    RootView.render(model, size: device.size, cache: viewCache)
  }

  /// Tells the prefetcher what to prepare, if the list moved since it was last told.
  public func wishAhead() {
    guard let prefetcher else { return }
    let place = [
      model.list.selected, model.list.offset, model.visible.count, model.items.count,
      model.size.width, model.size.height,
    ]
    guard place != lastWished else { return }
    lastWished = place
    prefetcher.want(model.prefetchWishes())
  }

  /// Applies what background work has posted (loaded queue, prepared reviews, outcomes).
  public func drainMailbox() {
    for message in mailbox.drain() {
      if case .queueLoaded(_, _, _, let screener?) = message { prefetcher?.use(screener) }
      send(message)
    }
  }

  /// Turns a device event into a message and applies it.
  public func handle(_ event: InputEvent) {
    switch event {
    case .key(let key): send(.keyPressed(key))
    case .resize(let size): send(.resized(size))
    case .mouse(let mouse):
      switch mouse.kind {
      case .click: send(.mouseClicked(mouse.point))
      case .scrollUp: send(.mouseScrolled(up: true))
      case .scrollDown: send(.mouseScrolled(up: false))
      }
    case .tick: send(.tick(now: clock()))
    }
  }

  /// Applies a message and everything its effects report, in order.
  public func send(_ message: Message) {
    perform(model.update(message))
  }

  private func perform(_ list: [Effect]) {
    var queue = list
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      if case .quit = effect { continue }
      for reply in effects.perform(effect) { queue += model.update(reply) }
    }
  }
}
