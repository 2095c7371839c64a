import CloudCostModel
import CostsimCore
import CostsimReports

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An error number from the system (`errno`), said in words: the usual ones in Japanese too, the
/// rest as the system says them.
struct SystemError: Error, Equatable {
    let code: Int32

    func text(_ language: Language) -> String {
        switch language {
        case .en: break  // the system's own words
        case .ja:
            switch code {
            case ENOSPC: return "ディスクに空きがありません"
            case EACCES, EPERM: return "権限がありません"
            case ENOENT: return "ファイルまたはフォルダがありません"
            case EROFS: return "読み取り専用の場所です"
            case EISDIR: return "フォルダです"
            case ENOTDIR: return "フォルダではありません"
            case EPIPE: return "出力先が閉じられています"
            case EBADF: return "閉じられています"
            case EIO: return "入出力エラーです"
            case EDQUOT: return "ディスク使用量の上限を超えました"
            default: break
            }
        }
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }
}
