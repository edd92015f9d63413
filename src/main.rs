fn main() -> std::process::ExitCode {
    tanong::cli::main()
}
