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

/// One core call on the thread pool; its panics become `INTERNAL` rejections.
pub struct CoreTask<T> {
    job: Option<Job<T>>,
    early: Option<Failure>,
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

impl<T: Send + 'static + ToNapiValue + TypeName> Task for CoreTask<T> {
    type Output = Result<T, Failure>;
    type JsValue = T;

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

    fn resolve(&mut self, env: Env, output: Self::Output) -> napi::Result<T> {
        output.map_err(|(index, err)| to_napi(&env, &err, index))
    }
}

/// Schedules `f(input)` on the pool. A conversion error in `input` rejects the Promise
/// (it is not thrown synchronously), so callers handle every failure in one place.
pub fn spawn<I: Send + 'static, T: Send + 'static + ToNapiValue + TypeName>(
    _env: &Env,
    input: Out<I>,
    f: impl FnOnce(I) -> Out<T> + Send + 'static,
) -> napi::Result<AsyncTask<CoreTask<T>>> {
    let task = match input {
        Ok(input) => CoreTask {
            job: Some(Box::new(move || f(input))),
            early: None,
        },
        Err(fail) => CoreTask {
            job: None,
            early: Some(sendable(fail)),
        },
    };
    Ok(AsyncTask::new(task))
}
