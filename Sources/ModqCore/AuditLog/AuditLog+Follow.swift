import Foundation

extension AuditLog {
  /// Why this handle refuses appends (an earlier write or sync failed), if it does.
  public var poisonReason: String? { poisonCause }

  /// Throws `AuditError.replaced` if `path` no longer names the file this object has open
  /// (deleted, or another file renamed over it).
  public func checkIdentity() throws {
    var mine = stat()
    guard fstat(fd, &mine) == 0 else {
      throw AuditError.io(operation: "fstat", path: path, errno: errno)
    }
    var named = stat()
    if stat(path, &named) != 0 {
      let code = errno
      if code == ENOENT { throw AuditError.replaced(path: path, detail: "the log was deleted") }
      throw AuditError.io(operation: "stat", path: path, errno: code)
    }
    if named.st_ino != mine.st_ino || named.st_dev != mine.st_dev {
      throw AuditError.replaced(
        path: path,
        detail: "the log was replaced by a different file (inode \(mine.st_ino) "
          + "is now \(named.st_ino))")
    }
  }

  /// Follows the log: checks the path still names our file, and if the file grew, reads,
  /// verifies (chain continuation) and folds only the new bytes. Returns the new state, or
  /// nil when nothing changed. Cheap when nothing changed (two `stat`s, no lock).
  /// A poisoned handle does not read further (catching up could mean writing a recovery
  /// event through a handle that already failed); it returns nil until reopened.
  /// Call from the thread that appends (the UI loop).
  public func poll() throws -> AuditState? {
    try checkIdentity()
    if poisonCause != nil { return nil }
    if try fileSize() == knownSize { return nil }
    return try refresh()
  }
}
