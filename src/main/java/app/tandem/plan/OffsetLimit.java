package app.tandem.plan;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Rows {@code offset} to {@code offset + limit}, for lazy grids that ask by offset and limit.
 * {@code PageRequest} can only start on a multiple of the page size, so an offset that is not
 * one came back short.
 */
record OffsetLimit(long offset, int limit, Sort sort) implements Pageable {

    OffsetLimit {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset >= 0 and limit >= 1, not " + offset + " and " + limit);
        }
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public Pageable next() {
        return new OffsetLimit(offset + limit, limit, sort);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetLimit(Math.max(0, offset - limit), limit, sort);
    }

    @Override
    public Pageable first() {
        return new OffsetLimit(0, limit, sort);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetLimit((long) pageNumber * limit, limit, sort);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
