//! The UI states of `core::ui_state`, for Yew's `use_reducer`: each part
//! holds its own, so a click re-renders that part only.

use std::rc::Rc;

use yew::Reducible;

pub use crate::core::ui_state::*;

macro_rules! reducible {
    ($($state:ty => $action:ty),*) => {$(
        impl Reducible for $state {
            type Action = $action;

            fn reduce(self: Rc<Self>, action: $action) -> Rc<Self> {
                let mut next = Rc::unwrap_or_clone(self);
                next.apply(action);
                Rc::new(next)
            }
        }
    )*};
}

reducible!(AppState => AppAction, FaqState => FaqAction, CheckerState => CheckerAction);
