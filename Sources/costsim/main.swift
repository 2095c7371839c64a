import CostsimCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

exit(Costsim.runProcess(Array(CommandLine.arguments.dropFirst())))
