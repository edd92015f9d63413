//! tanong: offline question answering over Tagalog text.
//!
//! Data flows one way: [`corpus`] (documents into passages) → [`analysis`]
//! (how words are read) → [`index`] (tantivy) → [`answer`] (question types,
//! answers) → [`engine`] (the one entry point) → front ends ([`cli`],
//! [`repl`]), which only present what [`engine::Tanong::ask`] returns.

// User data must never reach an unwrap: library code returns errors.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod alignment;
pub mod analysis;
pub mod answer;
pub mod clause;
pub mod cli;
pub mod corpus;
pub mod engine;
pub mod entities;
pub mod error;
pub mod evaluate;
pub mod evidence;
pub mod facts;
pub mod index;
pub mod pager;
pub mod render;
pub mod repl;
pub mod segment;

pub use engine::{Options, Response, Tanong};
pub use error::{Error, Result};
