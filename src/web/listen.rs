//! A DOM event listener that lives as long as a component's effect.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::EventTarget;

/// Listens for `event` on `target` (if there is one) and returns the
/// effect's cleanup, which removes the listener and then drops the closure.
pub fn listen<T: ?Sized + 'static>(
    target: Option<EventTarget>,
    event: &'static str,
    listener: Closure<T>,
) -> impl FnOnce() {
    if let Some(target) = &target {
        let _ = target.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(target) = target {
            let _ = target
                .remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
    }
}
