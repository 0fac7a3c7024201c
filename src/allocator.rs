//! The program's memory allocator: its first small blocks from size classes in an arena of
//! its own, the rest from the system's.
//!
//! An answer makes some 750 allocations, nearly all small, and most of them live until the
//! answer is printed. The C library's allocator sorts and merges its free lists as it goes,
//! which is what a long-lived program needs, and cost a fifth of a `check`'s instructions.
//! Here a block of up to [`LARGEST`] bytes is rounded up to a multiple of 16 and taken from
//! its class's free list, or else cut from the unused rest of the arena; a freed block goes
//! back on its class's list, for the next block of that class. Once the arena is used up,
//! blocks come from the system allocator, as do larger blocks and blocks that need more than
//! 16-byte alignment; where a block is says whose it is. So a run that reads a large
//! knowledge base, whose many short-lived blocks of every size the classes could not merge,
//! takes at most the arena's size more than before, and a quick answer never leaves it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;
use std::mem::MaybeUninit;
use std::ptr;
use std::sync::atomic::{AtomicBool, Ordering};

/// Blocks are multiples of this, and aligned to it.
const GRAIN: usize = 16;
/// The largest block served from the classes.
pub const LARGEST: usize = 1024;
const CLASSES: usize = LARGEST / GRAIN;
/// The program's arena: more than the quick answers use (`check` cuts 35 KB from it, `kb
/// stats` 41 KB). Its pages are the program's zeroed memory, mapped only once written.
pub const PROGRAM_ARENA: usize = 256 * 1024;

/// See the module's documentation. One lock guards it: the program's few threads seldom
/// allocate at the same time, and an uncontended lock costs two atomic operations.
pub struct SizeClasses<const ARENA: usize = PROGRAM_ARENA> {
    locked: AtomicBool,
    state: UnsafeCell<State>,
    arena: UnsafeCell<Arena<ARENA>>,
}

#[repr(C, align(16))]
struct Arena<const SIZE: usize>([MaybeUninit<u8>; SIZE]);

// SAFETY: `state`, and the blocks of the arena it lists as free or not yet cut, are only
// reached while `locked` is held (see `SizeClasses::with_state`); blocks handed out are
// their holders' alone.
unsafe impl<const ARENA: usize> Sync for SizeClasses<ARENA> {}

struct State {
    /// Each class's freed blocks, linked through their first word.
    free: [*mut u8; CLASSES],
    /// How much of the arena has been cut into blocks.
    used: usize,
}

impl<const ARENA: usize> SizeClasses<ARENA> {
    pub const fn new() -> Self {
        SizeClasses {
            locked: AtomicBool::new(false),
            state: UnsafeCell::new(State {
                free: [ptr::null_mut(); CLASSES],
                used: 0,
            }),
            arena: UnsafeCell::new(Arena([MaybeUninit::uninit(); ARENA])),
        }
    }

    fn arena_start(&self) -> *mut u8 {
        self.arena.get().cast()
    }

    /// Whether `block` was cut from the arena (else it is the system allocator's).
    fn holds(&self, block: *mut u8) -> bool {
        let start = self.arena_start() as usize;
        (start..start + ARENA).contains(&(block as usize))
    }

    fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        while self
            .locked
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_err()
        {
            std::hint::spin_loop();
        }
        // SAFETY: the lock is held, so no other reference to the state exists.
        let result = f(unsafe { &mut *self.state.get() });
        self.locked.store(false, Ordering::Release);
        result
    }

    /// A block of `class` from the arena: a freed one, else cut from its unused rest; null
    /// when neither is left.
    fn take(&self, class: usize) -> *mut u8 {
        let arena = self.arena_start();
        self.with_state(|state| {
            let head = state.free[class];
            if !head.is_null() {
                // SAFETY: a free block's first word links to the next free block.
                state.free[class] = unsafe { head.cast::<*mut u8>().read() };
                return head;
            }
            let size = (class + 1) * GRAIN;
            if ARENA - state.used < size {
                return ptr::null_mut();
            }
            // SAFETY: `used + size` is within the arena.
            let block = unsafe { arena.add(state.used) };
            state.used += size;
            block
        })
    }

    /// # Safety
    /// `block` is a block of `class` cut from the arena that no one will use again.
    unsafe fn give_back(&self, block: *mut u8, class: usize) {
        self.with_state(|state| {
            // SAFETY: every block is at least one aligned word long, and free.
            unsafe { block.cast::<*mut u8>().write(state.free[class]) };
            state.free[class] = block;
        });
    }
}

impl<const ARENA: usize> Default for SizeClasses<ARENA> {
    fn default() -> Self {
        Self::new()
    }
}

/// The class of a block of this layout, if it has one.
fn class_of(layout: Layout) -> Option<usize> {
    (layout.size() <= LARGEST && layout.align() <= GRAIN)
        .then(|| layout.size().saturating_sub(1) / GRAIN)
}

// SAFETY: a block is handed out once until it is given back; blocks of a class are at least
// as large as any layout of that class and aligned to GRAIN (the arena is, and sizes are
// multiples of it); a block outside the arena is the system allocator's, asked with the
// same layout.
unsafe impl<const ARENA: usize> GlobalAlloc for SizeClasses<ARENA> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = class_of(layout) {
            let block = self.take(class);
            if !block.is_null() {
                return block;
            }
        }
        // SAFETY: the caller's layout, as the caller gave it.
        unsafe { System.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if let Some(class) = class_of(layout) {
            let block = self.take(class);
            if !block.is_null() {
                // SAFETY: the block is at least `layout.size()` long, and the caller's.
                unsafe { ptr::write_bytes(block, 0, layout.size()) };
                return block;
            }
        }
        // SAFETY: as in `alloc`; the system's own, which knows when its memory is zeroed.
        unsafe { System.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        match class_of(layout) {
            // SAFETY: the caller gives back a block this allocator gave for this layout.
            Some(class) if self.holds(block) => unsafe { self.give_back(block, class) },
            // SAFETY: as above, from the system allocator.
            _ => unsafe { System.dealloc(block, layout) },
        }
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if !self.holds(block) {
            // SAFETY: the system's block: its own realloc, which may grow it in place.
            return unsafe { System.realloc(block, layout, new_size) };
        }
        // SAFETY: the caller guarantees that `new_size`, rounded up to the alignment, does
        // not overflow.
        let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        // A block in the arena has a class: the same class, and it is already big enough.
        if class_of(new_layout) == class_of(layout) {
            return block;
        }
        // SAFETY: the new block is at least `new_size` long, the old one `layout.size()`,
        // and they are different blocks.
        unsafe {
            let moved = self.alloc(new_layout);
            if !moved.is_null() {
                ptr::copy_nonoverlapping(block, moved, layout.size().min(new_size));
                self.dealloc(block, layout);
            }
            moved
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One block in a test: where it is, its layout, and the byte it was filled with.
    struct Held {
        at: *mut u8,
        layout: Layout,
        fill: u8,
    }

    fn filled<const A: usize>(allocator: &SizeClasses<A>, layout: Layout, fill: u8) -> Held {
        let at = unsafe { allocator.alloc(layout) };
        assert!(!at.is_null());
        assert_eq!(at as usize % layout.align(), 0, "{layout:?}");
        unsafe { ptr::write_bytes(at, fill, layout.size()) };
        Held { at, layout, fill }
    }

    fn intact(held: &Held) -> bool {
        let bytes = unsafe { std::slice::from_raw_parts(held.at, held.layout.size()) };
        bytes.iter().all(|&b| b == held.fill)
    }

    /// Random sizes, alignments, frees and reallocations against what each block should
    /// still hold: a block handed out twice, or too short, overwrites another's bytes.
    #[test]
    fn blocks_keep_their_bytes_through_any_sequence() {
        // Small enough to run out, so that blocks come from both places.
        let allocator = Box::new(SizeClasses::<{ 32 * 1024 }>::new());
        let (mut from_arena, mut from_system) = (0, 0);
        let mut held: Vec<Held> = Vec::new();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut random = |below: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % below as u64) as usize
        };
        for step in 0..20_000 {
            let fill = (step % 251) as u8;
            match random(4) {
                0 | 1 => {
                    let size = match random(10) {
                        0 => 1 + random(3 * LARGEST),
                        1 => LARGEST - 2 + random(4),
                        _ => 1 + random(200),
                    };
                    let align = [1, 2, 8, 16, 32, 64][random(6)];
                    let layout = Layout::from_size_align(size, align).unwrap();
                    let block = filled(&*allocator, layout, fill);
                    if class_of(layout).is_some() {
                        match allocator.holds(block.at) {
                            true => from_arena += 1,
                            false => from_system += 1,
                        }
                    }
                    held.push(block);
                }
                2 if !held.is_empty() => {
                    let gone = held.swap_remove(random(held.len()));
                    assert!(intact(&gone), "step {step}");
                    unsafe { allocator.dealloc(gone.at, gone.layout) };
                }
                3 if !held.is_empty() => {
                    let at = random(held.len());
                    let block = &mut held[at];
                    assert!(intact(block), "step {step}");
                    let new_size = 1 + random(2 * LARGEST);
                    let moved = unsafe { allocator.realloc(block.at, block.layout, new_size) };
                    assert!(!moved.is_null());
                    let kept = block.layout.size().min(new_size);
                    let bytes = unsafe { std::slice::from_raw_parts(moved, kept) };
                    assert!(bytes.iter().all(|&b| b == block.fill), "step {step}");
                    block.at = moved;
                    block.layout = Layout::from_size_align(new_size, block.layout.align()).unwrap();
                    unsafe { ptr::write_bytes(moved, fill, new_size) };
                    block.fill = fill;
                }
                _ => {}
            }
        }
        for block in held {
            assert!(intact(&block));
            unsafe { allocator.dealloc(block.at, block.layout) };
        }
        assert!(
            from_arena > 500 && from_system > 500,
            "{from_arena} {from_system}"
        );
    }

    #[test]
    fn a_zeroed_block_is_zeroed_even_when_used_before() {
        let allocator = SizeClasses::<4096>::new();
        for size in [24, 3000] {
            let layout = Layout::from_size_align(size, 8).unwrap();
            let dirty = filled(&allocator, layout, 0xAB);
            unsafe { allocator.dealloc(dirty.at, layout) };
            let block = unsafe { allocator.alloc_zeroed(layout) };
            let bytes = unsafe { std::slice::from_raw_parts(block, size) };
            assert!(bytes.iter().all(|&b| b == 0), "{size}");
            unsafe { allocator.dealloc(block, layout) };
        }
    }

    #[test]
    fn a_freed_block_serves_the_next_of_its_class() {
        let allocator = SizeClasses::<4096>::new();
        let small = Layout::from_size_align(40, 8).unwrap();
        let first = unsafe { allocator.alloc(small) };
        unsafe { allocator.dealloc(first, small) };
        // 33 to 48 bytes are one class.
        let again = unsafe { allocator.alloc(Layout::from_size_align(33, 1).unwrap()) };
        assert_eq!(again, first);
        let other = unsafe { allocator.alloc(Layout::from_size_align(49, 1).unwrap()) };
        assert_ne!(other, first);
    }

    #[test]
    fn a_block_that_stays_in_its_class_is_not_moved() {
        let allocator = SizeClasses::<4096>::new();
        let layout = Layout::from_size_align(20, 4).unwrap();
        let block = unsafe { allocator.alloc(layout) };
        assert_eq!(unsafe { allocator.realloc(block, layout, 32) }, block);
        let grown =
            unsafe { allocator.realloc(block, Layout::from_size_align(32, 4).unwrap(), 33) };
        assert_ne!(grown, block);
    }

    #[test]
    fn once_the_arena_is_used_up_blocks_come_from_the_system() {
        let allocator = SizeClasses::<64>::new();
        let layout = Layout::from_size_align(32, 8).unwrap();
        let [first, second, third] = [(); 3].map(|_| unsafe { allocator.alloc(layout) });
        assert!(allocator.holds(first) && allocator.holds(second));
        assert!(!allocator.holds(third));
        unsafe { allocator.dealloc(third, layout) };
        unsafe { allocator.dealloc(first, layout) };
        // The arena's freed block is used again before the system is asked.
        assert_eq!(unsafe { allocator.alloc(layout) }, first);
    }

    #[test]
    fn threads_never_share_a_block() {
        let allocator = Box::new(SizeClasses::<{ 64 * 1024 }>::new());
        std::thread::scope(|scope| {
            for thread in 0..4u8 {
                let allocator = &*allocator;
                scope.spawn(move || {
                    let mut held = Vec::new();
                    for round in 0..5_000usize {
                        let layout = Layout::from_size_align(1 + round % 300, 8).unwrap();
                        held.push(filled(allocator, layout, thread));
                        if round % 3 == 0 {
                            let gone: Held = held.swap_remove(round % held.len());
                            assert!(intact(&gone));
                            unsafe { allocator.dealloc(gone.at, gone.layout) };
                        }
                    }
                    for block in held {
                        assert!(intact(&block));
                        unsafe { allocator.dealloc(block.at, block.layout) };
                    }
                });
            }
        });
    }
}
