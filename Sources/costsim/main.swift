#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import CostsimCLI

exit(Costsim.runProcess(Array(CommandLine.arguments.dropFirst())))
