import CloudCostModel
import CostsimCore
import CostsimReports

/// A scenario file that could not be read or is not valid, or a report that could not be written:
/// exit status 1. The words are in `InputError+Messages.swift`.
enum InputError: Error {
    /// Where a scenario is read from.
    enum Source: Equatable {
        case standardInput
        /// A path, already made safe to show (`Echo.plain`).
        case file(String)
    }

    case invalidScenario(Source, ScenarioError)
    case closed(Source)
    case isFolder(Source)
    case tooLarge(Source, megabytes: Int)
    case unreadable(Source, SystemError)
    case noSuchFile(String)
    /// The reader given to `Costsim` failed (for tests and embedding programs).
    case standardInputFailed(String)
    case alreadyExist([String])
    case unwritable(String, SystemError)
    case notAFolder(String)
    /// A folder that cannot be made: because `parent` is not a folder, for the system's reason, or neither known.
    case folderNotMade(String, parentNotFolder: String?, SystemError?)
    /// `--out ''`.
    case emptyFolderName
    /// A symbolic link in the folder's path that points nowhere: the folder cannot be made there.
    case danglingLink(String)
}
