import CLibGit2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ClauseTree

extension Repository {
    /// The author to record when none is given, found as `git commit` finds it.
    ///
    /// The name is `GIT_AUTHOR_NAME`, else `user.name`; the address is `GIT_AUTHOR_EMAIL`, else
    /// `user.email`, else `EMAIL`. Configuration is read through libgit2 from this repository's
    /// `.git/config`, then the global files `$HOME/.gitconfig` and `$XDG_CONFIG_HOME/git/config`
    /// (or `$HOME/.config/git/config`), then `/etc/gitconfig` unless `GIT_CONFIG_NOSYSTEM` is set,
    /// all located through `environment` so that callers and tests control them.
    ///
    /// - Parameters:
    ///   - environment: the variables to consult; the process environment by default.
    ///   - date: the signature's time.
    /// - Throws: ``GitError/noIdentity`` when the name or the address is missing.
    public func defaultSignature(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        date: Date = Date()
    ) throws(GitError) -> Signature {
        let configuration = try identityConfiguration(environment: environment)
        func nonEmpty(_ value: String?) -> String? {
            guard let value = value?.trimmingWhitespace(), !value.isEmpty else {
                return nil
            }
            return value
        }
        let name = nonEmpty(environment["GIT_AUTHOR_NAME"]) ?? nonEmpty(configuration["user.name"])
        let email = nonEmpty(environment["GIT_AUTHOR_EMAIL"]) ?? nonEmpty(configuration["user.email"])
            ?? nonEmpty(environment["EMAIL"])
        guard let name, let email else { throw .noIdentity }
        return Signature(name: name, email: email, date: date)
    }

    /// `user.name` and `user.email` from the configuration files, highest priority first.
    private func identityConfiguration(environment: [String: String]) throws(GitError) -> [String: String] {
        var files: [(path: String, level: git_config_level_t)] = []
        if environment["GIT_CONFIG_NOSYSTEM"] == nil {
            files.append(("/etc/gitconfig", GIT_CONFIG_LEVEL_SYSTEM))
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            files.append((xdg + "/git/config", GIT_CONFIG_LEVEL_XDG))
        } else if let home {
            files.append((home + "/.config/git/config", GIT_CONFIG_LEVEL_XDG))
        }
        if let home {
            files.append((home + "/.gitconfig", GIT_CONFIG_LEVEL_GLOBAL))
        }
        files.append((gitDirectory + "/config", GIT_CONFIG_LEVEL_LOCAL))

        var config: OpaquePointer?
        try LibGit2.check(git_config_new(&config), "reading the git configuration")
        defer { git_config_free(config) }
        for file in files where FileManager.default.isReadableFile(atPath: file.path) {
            let code = git_config_add_file_ondisk(config, file.path, file.level, pointer, 0)
            try LibGit2.check(code, "reading the git configuration file \(file.path)")
        }
        var values: [String: String] = [:]
        for key in ["user.name", "user.email"] {
            var buffer = git_buf()
            let code = git_config_get_string_buf(&buffer, config, key)
            if code == GIT_ENOTFOUND.rawValue {
                git_buf_dispose(&buffer)
                continue
            }
            if code < 0 {
                let error = LibGit2.error(code, "reading \(key) from the git configuration")
                git_buf_dispose(&buffer)
                throw error
            }
            values[key] = LibGit2.string(from: &buffer)
        }
        return values
    }
}
