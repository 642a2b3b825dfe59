import ArgumentParser

// Exit status as `diff` has it: 0 same/clean, 1 differences or findings, 2 usage or input error.
do {
    var command = try Redraft.parseAsRoot()
    try command.run()
} catch let exit as CommandExit {
    if let message = exit.message {
        Output.warn(message)
    }
    Output.exit(exit.status)
} catch {
    let code = Redraft.exitCode(for: error)
    if code == .success {
        Redraft.exit(withError: error)
    }
    let message = Redraft.fullMessage(for: error)
    Output.warn("redraft: " + message)
    Output.exit(2)
}
