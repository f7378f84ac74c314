//! Async variants: the core work runs on the libuv thread pool and the export returns a
//! Promise, so a server's event loop stays free. Arguments are read on the calling thread
//! (N-API values cannot leave it); only owned Rust values cross to the pool.

use napi::bindgen_prelude::{AsyncTask, ToNapiValue, TypeName};
use napi::{Env, Task};
use tracking_core::Error;

use crate::error::{Fail, Out, catch, to_napi};

type Job<T> = Box<dyn FnOnce() -> Out<T> + Send>;

/// An error that can cross threads: the core error and, for batch calls, the element index.
type Failure = (Option<usize>, Error);

/// Turns the pool's answer into the Promise's value, on the JS thread (where JS objects
/// such as per-item `Error`s can be built).
type Finish<T, J> = fn(&Env, T) -> napi::Result<J>;

/// One core call on the thread pool; its panics become `INTERNAL` rejections. `T` is what
/// the pool computes, `J` what the Promise resolves to (the same unless [`spawn_then`]).
pub struct CoreTask<T, J = T> {
    job: Option<Job<T>>,
    early: Option<Failure>,
    finish: Finish<T, J>,
}

fn sendable(fail: Fail) -> Failure {
    match fail {
        Fail::Core(e) => (None, e),
        Fail::At(i, e) => (Some(i), e),
        Fail::Napi(e) => (
            None,
            Error::Internal {
                message: e.reason.clone(),
            },
        ),
    }
}

impl<T: Send + 'static, J: ToNapiValue + TypeName> Task for CoreTask<T, J> {
    type Output = Result<T, Failure>;
    type JsValue = J;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        if let Some(early) = self.early.take() {
            return Ok(Err(early));
        }
        let Some(job) = self.job.take() else {
            return Ok(Err((
                None,
                Error::Internal {
                    message: "async task ran twice".into(),
                },
            )));
        };
        Ok(catch(job).map_err(sendable))
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> napi::Result<J> {
        match output {
            Ok(value) => (self.finish)(&env, value),
            Err((index, err)) => Err(to_napi(&env, &err, index)),
        }
    }
}

/// Schedules `f(input)` on the pool. A conversion error in `input` rejects the Promise
/// (it is not thrown synchronously), so callers handle every failure in one place.
pub fn spawn<I: Send + 'static, T: Send + 'static + ToNapiValue + TypeName>(
    env: &Env,
    input: Out<I>,
    f: impl FnOnce(I) -> Out<T> + Send + 'static,
) -> napi::Result<AsyncTask<CoreTask<T>>> {
    spawn_then(env, input, f, |_, value| Ok(value))
}

/// [`spawn`], then `finish` on the JS thread turns the pool's answer into the Promise's
/// value (for answers that hold JS objects, such as a batch's per-item errors).
pub fn spawn_then<I: Send + 'static, T: Send + 'static, J: ToNapiValue + TypeName>(
    _env: &Env,
    input: Out<I>,
    f: impl FnOnce(I) -> Out<T> + Send + 'static,
    finish: Finish<T, J>,
) -> napi::Result<AsyncTask<CoreTask<T, J>>> {
    let (job, early): (Option<Job<T>>, _) = match input {
        Ok(input) => (Some(Box::new(move || f(input))), None),
        Err(fail) => (None, Some(sendable(fail))),
    };
    Ok(AsyncTask::new(CoreTask { job, early, finish }))
}
