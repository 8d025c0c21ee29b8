package org.aifootprint.api.support;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.aifootprint.domain.shared.Page;
import org.aifootprint.domain.shared.PageRequest;

/**
 * The five endpoints every record kind has — {@code GET /} (paged, see {@link Listing}), {@code GET /{id}},
 * {@code POST /} (201 with Location), {@code PUT /{id}}, {@code DELETE /{id}} (204) — written once. A resource
 * names its use cases and its JSON record; roles and validation are the use cases'.
 *
 * @param <E> the entity
 * @param <I> the input (JSON body of POST and PUT)
 * @param <J> the JSON record returned
 */
public abstract class CrudResource<E, I, J> {

    protected abstract Page<E> page(PageRequest request);

    protected abstract E find(long id);

    protected abstract E add(I input);

    protected abstract E change(long id, I input);

    protected abstract void delete(long id);

    protected abstract J json(E entity);

    protected abstract long id(E entity);

    @GET
    public Response list(@Context UriInfo uri) {
        return Listing.response(page(Listing.request(uri)), this::json);
    }

    @GET
    @Path("{id}")
    public J get(@PathParam("id") long id) {
        return json(find(id));
    }

    @POST
    public Response create(I input, @Context UriInfo uri) {
        E created = add(input);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id(created))).build()).entity(json(created)).build();
    }

    @PUT
    @Path("{id}")
    public J update(@PathParam("id") long id, I input) {
        return json(change(id, input));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") long id) {
        delete(id);
        return Response.noContent().build();
    }
}
